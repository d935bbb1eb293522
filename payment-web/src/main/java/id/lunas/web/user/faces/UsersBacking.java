package id.lunas.web.user.faces;

import id.lunas.domain.user.Role;
import id.lunas.service.user.UserAccountService;
import id.lunas.service.user.UserView;
import id.lunas.web.platform.faces.Actions;
import id.lunas.web.platform.faces.FieldMessages;
import jakarta.faces.view.ViewScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/** Administration > Users: create users, disable and enable them, reset passwords, assign roles. */
@Named("users")
@ViewScoped
public class UsersBacking implements Serializable {

    private static final long serialVersionUID = 1L;

    @Inject
    transient UserAccountService accounts;

    private List<UserView> rows;

    private String username;
    private String displayName;
    private String password;
    private List<Role> roles = new ArrayList<>();

    private String editing;
    private List<Role> editRoles = new ArrayList<>();
    private String newPassword;

    public List<UserView> getRows() {
        if (rows == null) {
            rows = accounts.list();
        }
        return rows;
    }

    public void create() {
        change("newUserForm", () -> {
            accounts.create(username, displayName, password, roleSet(roles));
            FieldMessages.info("users.created", username);
            username = null;
            displayName = null;
            password = null;
            roles = new ArrayList<>();
        });
    }

    public void toggle(String user, boolean enabled) {
        change(null, () -> {
            if (enabled) {
                accounts.disable(user);
                FieldMessages.info("users.disabled", user);
            } else {
                accounts.enable(user);
                FieldMessages.info("users.enabledDone", user);
            }
        });
    }

    public void edit(UserView user) {
        editing = user.username();
        editRoles = new ArrayList<>(user.roles());
        newPassword = null;
    }

    public void saveRoles() {
        change("editForm", () -> {
            accounts.assignRoles(editing, roleSet(editRoles));
            FieldMessages.info("users.rolesAssigned", editing);
        });
    }

    public void resetPassword() {
        change("editForm", () -> {
            accounts.resetPassword(editing, newPassword);
            newPassword = null;
            FieldMessages.info("users.passwordReset", editing);
        });
    }

    private void change(String form, Runnable change) {
        if (Actions.run(form == null ? "usersForm" : form, change)) {
            rows = null;
        }
    }

    private static Set<Role> roleSet(List<Role> chosen) {
        return chosen.isEmpty() ? Set.of() : EnumSet.copyOf(chosen);
    }

    public Role[] getAllRoles() {
        return Role.values();
    }

    public String getUsername() {
        return username;
    }

    public void setUsername(String username) {
        this.username = username;
    }

    public String getDisplayName() {
        return displayName;
    }

    public void setDisplayName(String displayName) {
        this.displayName = displayName;
    }

    public String getPassword() {
        return password;
    }

    public void setPassword(String password) {
        this.password = password;
    }

    public List<Role> getRoles() {
        return roles;
    }

    public void setRoles(List<Role> roles) {
        this.roles = roles;
    }

    public String getEditing() {
        return editing;
    }

    public List<Role> getEditRoles() {
        return editRoles;
    }

    public void setEditRoles(List<Role> editRoles) {
        this.editRoles = editRoles;
    }

    public String getNewPassword() {
        return newPassword;
    }

    public void setNewPassword(String newPassword) {
        this.newPassword = newPassword;
    }
}
