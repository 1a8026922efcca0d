package io.shutterport.web.platform;

import io.shutterport.platform.error.Incidents;
import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Inject;
import jakarta.inject.Named;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.http.HttpServletRequest;

/**
 * The error page's one question: was this our failure? A page that failed unexpectedly (an
 * exception, or a 500) is logged as an incident once, and the page shows its id for the visitor to
 * quote; a page or file not found, or a page forbidden, is not an incident.
 */
@Named
@RequestScoped
public class ErrorPage {
  @Inject HttpServletRequest request;

  private boolean asked;
  private String incident;

  /** The incident this error page reports, or null when it is not one. */
  public String getIncident() {
    if (!asked) {
      asked = true;
      Object status = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
      Object error = request.getAttribute(RequestDispatcher.ERROR_EXCEPTION);
      if ((error instanceof Throwable || Integer.valueOf(500).equals(status))
          && !missingFile(error)) {
        // The path only: a query string may carry a token.
        incident =
            Incidents.open(
                "page " + request.getAttribute(RequestDispatcher.ERROR_REQUEST_URI) + " failed",
                error instanceof Throwable t ? t : null);
      }
    }
    return incident;
  }

  /** A static file that is not there (a browser's /favicon.ico): a 404, not our failure. */
  private static boolean missingFile(Object error) {
    for (Object cause = error; cause instanceof Throwable t; cause = t.getCause()) {
      if (t instanceof java.io.FileNotFoundException) {
        return true;
      }
      if (t.getCause() == t) {
        break;
      }
    }
    return false;
  }
}
