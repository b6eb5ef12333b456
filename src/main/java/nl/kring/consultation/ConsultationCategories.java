package nl.kring.consultation;

import java.util.List;
import nl.kring.consent.CategoryProvider;
import nl.kring.consent.domain.Category;
import org.springframework.stereotype.Component;

/** What a family can share of its case consultations: the question, with the panel it brings it to. */
@Component
class ConsultationCategories implements CategoryProvider {

    @Override
    public List<Category> categories() {
        return List.of(Category.of(Consultations.CATEGORY));
    }
}
