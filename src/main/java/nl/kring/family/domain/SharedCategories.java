package nl.kring.family.domain;

import java.util.Set;

/**
 * The categories of a family file that someone outside the family and its team may see now.
 *
 * @param categories the category codes disclosed, e.g. {@code NETWORK_MAP}
 * @param hiddenFromFamily those disclosed only on a basis the family must not be told about (an
 *        exception for a child's safety); reads of them are left out of the family's audit view
 */
public record SharedCategories(Set<String> categories, Set<String> hiddenFromFamily) {

    public static final SharedCategories NONE = new SharedCategories(Set.of(), Set.of());

    public SharedCategories {
        categories = Set.copyOf(categories);
        hiddenFromFamily = Set.copyOf(hiddenFromFamily);
        if (!categories.containsAll(hiddenFromFamily)) {
            throw new IllegalArgumentException("a hidden category must be a disclosed one");
        }
    }

    public boolean contains(String category) {
        return categories.contains(category);
    }

    public boolean isEmpty() {
        return categories.isEmpty();
    }
}
