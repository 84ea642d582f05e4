package org.veracity.application;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/**
 * The first start of a real deployment: on a database without desk users, a one-time setup code
 * (from {@code VERACITY_SETUP_CODE}, or generated and written to the server log) lets one person
 * create the first ADMIN at /desk/setup. After that the setup is closed for good.
 */
public interface SetupService {

    /** Whether the first admin can still be created (no setup has completed and no desk user exists). */
    boolean isOpen();

    /** Creates the first ADMIN; refused with a field error for a wrong code, and always once the setup is over. */
    void createFirstAdmin(@NotBlank(message = "enter the setup code from the server log") String code,
                          @NotBlank @Pattern(regexp = DeskUserService.USERNAME, message = DeskUserService.USERNAME_RULE) String username,
                          @NotBlank @Size(max = 200) String displayName,
                          @NotNull @Size(min = 12, max = 200, message = DeskUserService.PASSWORD_RULE) String password);
}
