package id.lunas.web.platform.faces;

import id.lunas.domain.shared.AmountText;
import id.lunas.domain.shared.InvalidInputException;
import id.lunas.domain.shared.LocaleFormats;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.component.UIComponent;
import jakarta.faces.context.FacesContext;
import jakarta.faces.convert.Converter;
import jakarta.faces.convert.ConverterException;
import jakarta.inject.Named;
import java.math.BigDecimal;
import java.util.Locale;

/**
 * Every amount box of the back office: reads what the user typed in their language's notation
 * ({@link AmountText}) and refuses anything else with a message next to the box, never rewriting it.
 */
@Named
@ApplicationScoped
public class AmountConverter implements Converter<BigDecimal> {

    @Override
    public BigDecimal getAsObject(FacesContext context, UIComponent component, String typed) {
        Locale locale = context.getViewRoot().getLocale();
        try {
            return AmountText.parse("amount", typed, locale);
        } catch (InvalidInputException refused) {
            String text = refused.message().in(locale);
            throw new ConverterException(new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text), refused);
        }
    }

    @Override
    public String getAsString(FacesContext context, UIComponent component, BigDecimal amount) {
        return LocaleFormats.editable(amount, context.getViewRoot().getLocale());
    }
}
