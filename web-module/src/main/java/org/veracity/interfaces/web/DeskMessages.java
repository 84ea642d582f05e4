package org.veracity.interfaces.web;

import jakarta.faces.application.FacesMessage;
import jakarta.faces.context.FacesContext;
import java.util.List;
import java.util.Map;
import org.veracity.application.ConflictException;
import org.veracity.application.FieldProblem;
import org.veracity.application.InvalidInputException;
import org.veracity.application.RefusedException;
import org.veracity.application.UnknownSubjectException;
import org.veracity.domain.access.NotPermittedException;

/**
 * Shows a use case's answer on the page: field problems next to their fields (by client id), the rest
 * at the top. The single place where refusals become JSF messages.
 */
public final class DeskMessages {

    private DeskMessages() {
    }

    /**
     * Runs a use case and turns its expected failures into messages; answers whether it succeeded.
     * Unexpected failures propagate to the error page. After a success the page's data is read again
     * ({@link PageData}), so the response shows what the use case changed.
     */
    public static boolean attempt(Runnable useCase, Map<String, String> fields) {
        try {
            useCase.run();
            PageData.forgetAll();
            return true;
        } catch (InvalidInputException e) {
            problems("Please correct the marked fields.", e.problems(), fields);
        } catch (RefusedException e) {
            problems(e.getMessage(), e.problems(), fields);
        } catch (ConflictException | NotPermittedException | UnknownSubjectException e) {
            error(e.getMessage());
        }
        return false;
    }

    /**
     * {@code fields} maps a use case's field name to the client id of the input it belongs to. A problem with one
     * element of a list ({@code regions[3]}, {@code items[0].url}) goes next to the list's input ({@code regions}).
     */
    public static void problems(String summary, List<FieldProblem> problems, Map<String, String> fields) {
        FacesContext faces = FacesContext.getCurrentInstance();
        boolean placed = false;
        for (FieldProblem p : problems) {
            String clientId = clientId(fields, p.field());
            faces.addMessage(clientId, new FacesMessage(FacesMessage.SEVERITY_ERROR, p.message(), null));
            placed |= clientId != null;
        }
        if (!placed || problems.isEmpty()) {
            faces.addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, summary, null));
        }
        faces.validationFailed();
    }

    static String clientId(Map<String, String> fields, String field) {
        if (field == null) {
            return null;
        }
        String exact = fields.get(field);
        int element = field.indexOf('[');
        return exact != null || element < 0 ? exact : fields.get(field.substring(0, element));
    }

    public static void error(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_ERROR, message, null));
        FacesContext.getCurrentInstance().validationFailed();
    }

    public static void info(String message) {
        FacesContext.getCurrentInstance().addMessage(null, new FacesMessage(FacesMessage.SEVERITY_INFO, message, null));
    }
}
