package nl.kring.consent;

import java.util.List;
import nl.kring.consent.domain.Category;

/**
 * A capability's own consent categories (the plan, one's own agreements, matches): a bean of this type
 * adds them to what a family can share, after the consent module's own ones. The consent module
 * itself never needs to change for that.
 */
public interface CategoryProvider {

    List<Category> categories();
}
