package nl.kring.consent.domain;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Stream;

/**
 * The categories Kring knows, in the order they were registered (the order of a consent form).
 * Immutable: {@link #with} returns a new registry. Start from {@link #core()} and let each capability
 * add its own categories at start-up; a code may be registered only once.
 *
 * <p>A consent stores category codes. A code that is no longer registered (a capability was removed)
 * still counts in the consents that hold it; {@link #resolve} then falls back to the conventional
 * message key so that it can still be shown.
 */
public final class CategoryRegistry {

    private final Map<String, Category> byCode;

    private CategoryRegistry(Map<String, Category> byCode) {
        this.byCode = byCode;
    }

    /** A registry with the given categories; refuses two categories with the same code. */
    public static CategoryRegistry of(Collection<Category> categories) {
        return new CategoryRegistry(Map.of()).with(categories);
    }

    /** A registry with {@link Category#CORE}. */
    public static CategoryRegistry core() {
        return of(Category.CORE);
    }

    /** This registry plus the given categories; refuses a code that is already registered. */
    public CategoryRegistry with(Collection<Category> categories) {
        var copy = new LinkedHashMap<>(byCode);
        for (var category : categories) {
            if (copy.putIfAbsent(category.code(), category) != null) {
                throw new IllegalArgumentException("category " + category.code() + " is registered twice");
            }
        }
        return new CategoryRegistry(copy);
    }

    public CategoryRegistry with(Category... categories) {
        return with(List.of(categories));
    }

    /** The registered category with this code. */
    public Optional<Category> find(String code) {
        return Optional.ofNullable(byCode.get(code));
    }

    /** The registered category with this code, or one with the conventional message key for an unknown code. */
    public Category resolve(String code) {
        return find(code).orElseGet(() -> Category.of(code));
    }

    /** All registered categories, in registration order. */
    public List<Category> all() {
        return List.copyOf(byCode.values());
    }

    public Stream<Category> stream() {
        return byCode.values().stream();
    }
}
