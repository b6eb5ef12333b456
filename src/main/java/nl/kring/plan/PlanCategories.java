package nl.kring.plan;

import java.util.List;
import nl.kring.consent.CategoryProvider;
import nl.kring.consent.domain.Category;
import org.springframework.stereotype.Component;

/**
 * What a family can share of its plans: the whole plan, with each network member only the agreements given to them, or
 * the running of its network meeting with a coordinator it chose.
 */
@Component
class PlanCategories implements CategoryProvider {

    @Override
    public List<Category> categories() {
        return List.of(Category.of(Plans.CATEGORY), Category.of(Plans.OWN_AGREEMENTS), Category.of(Plans.MEETING));
    }
}
