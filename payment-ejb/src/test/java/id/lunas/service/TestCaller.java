package id.lunas.service;

import id.lunas.domain.user.Role;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.security.enterprise.AuthenticationStatus;
import jakarta.security.enterprise.authentication.mechanism.http.HttpAuthenticationMechanism;
import jakarta.security.enterprise.authentication.mechanism.http.HttpMessageContext;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.util.Arrays;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Signs every request of a component-test deployment in as {@value #NAME} with every role: the
 * services ask for roles at their boundary, and what each role may do is proven over HTTP by the
 * system tests (SecurityIT), not here.
 */
@ApplicationScoped
public class TestCaller implements HttpAuthenticationMechanism {

    public static final String NAME = "tester";

    @Override
    public AuthenticationStatus validateRequest(HttpServletRequest request, HttpServletResponse response,
                                                HttpMessageContext context) {
        Set<String> roles = Arrays.stream(Role.values()).map(Role::name).collect(Collectors.toSet());
        return context.notifyContainerAboutLogin(NAME, roles);
    }
}
