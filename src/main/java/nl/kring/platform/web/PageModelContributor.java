package nl.kring.platform.web;

import jakarta.servlet.http.HttpServletRequest;
import java.util.Map;

/**
 * Adds what every page's layout needs (the signed-in person, the current path) to pages that are not
 * rendered by a controller method, such as error pages made from an exception; controller advice's
 * model attributes do not reach those.
 */
public interface PageModelContributor {

    Map<String, Object> pageModel(HttpServletRequest request);
}
