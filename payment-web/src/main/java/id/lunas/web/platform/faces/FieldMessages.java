package id.lunas.web.platform.faces;

import id.lunas.domain.shared.DomainException;
import id.lunas.domain.shared.FieldError;
import id.lunas.domain.shared.Message;
import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.Locale;
import java.util.function.UnaryOperator;

/**
 * Shows a refusal from the services the way a form should: each refused field's message next to
 * that field (components carry the field's name as their id), anything else at the top.
 */
public final class FieldMessages {

    private FieldMessages() {
    }

    public static void show(DomainException refusal, String formId) {
        show(refusal, formId, FieldMessages::componentId);
    }

    /** As {@link #show(DomainException, String)}, where the page names some fields its own way (rows of a table). */
    public static void show(DomainException refusal, String formId, UnaryOperator<String> componentIdOfField) {
        FacesContext faces = FacesContext.getCurrentInstance();
        Locale locale = faces.getViewRoot().getLocale();
        if (refusal.errors().isEmpty()) {
            faces.addMessage(null, error(refusal.message().in(locale)));
        }
        for (FieldError error : refusal.errors()) {
            String clientId = formId + ":" + componentIdOfField.apply(error.field());
            // invokeOnComponent, unlike findComponent, also finds an input in a given row of a table
            boolean shown = faces.getViewRoot().invokeOnComponent(faces, clientId, (context, field) -> { });
            faces.addMessage(shown ? clientId : null, error(error.message().in(locale)));
        }
        faces.validationFailed();
    }

    /** Component ids cannot hold dots: the field {@code giro.number} is the component {@code giroNumber}. */
    public static String componentId(String field) {
        StringBuilder id = new StringBuilder();
        boolean upper = false;
        for (char c : field.toCharArray()) {
            if (c == '.') {
                upper = true;
            } else {
                id.append(upper ? Character.toUpperCase(c) : c);
                upper = false;
            }
        }
        return id.toString();
    }

    /** A confirmation from the message bundle, e.g. {@code info("resolve.done", number, date)}. */
    public static void info(String key, Object... arguments) {
        FacesContext.getCurrentInstance().addMessage(null,
                new FacesMessage(FacesMessage.SEVERITY_INFO, Messages.text(key, arguments), null));
    }

    /** Something Lunas refuses, at the top of the page, in the page's language. */
    public static void refuse(Message refusal) {
        FacesContext faces = FacesContext.getCurrentInstance();
        faces.addMessage(null, error(refusal.in(faces.getViewRoot().getLocale())));
        faces.validationFailed();
    }


    private static FacesMessage error(String text) {
        return new FacesMessage(FacesMessage.SEVERITY_ERROR, text, text);
    }
}
