package id.lunas.web.user.faces;

import id.lunas.service.user.UserAccountService;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;

/** My password: every user changes their own, proving they know the current one. */
@Named("myPassword")
@RequestScoped
public class PasswordBacking {

    @Inject
    UserAccountService accounts;

    private String currentPassword;
    private String newPassword;

    public void change() {
        if (Actions.run("passwordForm", () -> accounts.changeOwnPassword(currentPassword, newPassword))) {
            FieldMessages.info("password.changed");
        }
    }

    public String getCurrentPassword() {
        return currentPassword;
    }

    public void setCurrentPassword(String currentPassword) {
        this.currentPassword = currentPassword;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
