package presskit.model;

import java.util.List;

/**
 * A local branch's data: the committee its municipality's local post addresses and the politicians
 * to tag.
 *
 * @param municipalityCode the municipality's four-digit code
 * @param committee the committee's own name ("Barn- och utbildningsnämnden"); empty when the file
 *     names none and the year's {@code local.committee} applies
 * @param politicians the committee's politicians, as listed
 * @param example whether the data is fictional example data that must never be published
 */
public record Branch(
        String municipalityCode, String committee, List<Politician> politicians, boolean example) {

    public Branch {
        politicians = List.copyOf(politicians);
    }
}
