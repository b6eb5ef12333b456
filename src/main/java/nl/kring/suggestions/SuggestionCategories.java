package nl.kring.suggestions;

import java.util.List;
import nl.kring.consent.CategoryProvider;
import nl.kring.consent.domain.Category;
import org.springframework.stereotype.Component;

/** What a family can share of "who can help?": its needs and the suggestions for them (for example with an outside professional). */
@Component
class SuggestionCategories implements CategoryProvider {

    @Override
    public List<Category> categories() {
        return List.of(Category.of(Suggestions.CATEGORY));
    }
}
