package nl.kring.mentor;

import java.util.List;
import nl.kring.consent.CategoryProvider;
import nl.kring.consent.domain.Category;
import org.springframework.stereotype.Component;

/** What a family can share with a youth's mentor: their mentorship, so that they answer it themselves. */
@Component
class MentorCategories implements CategoryProvider {

    @Override
    public List<Category> categories() {
        return List.of(Category.of(Mentors.CATEGORY));
    }
}
