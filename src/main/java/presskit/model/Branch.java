package presskit.model;

import java.util.List;

/**
 * A local branch's data: its municipality's social committee and the politicians to tag.
 *
 * @param municipalityCode the municipality's four-digit code
 * @param committee the committee's own name ("Barn- och utbildningsnämnden")
 * @param politicians the committee's politicians, as listed
 * @param example whether the data is fictional example data that must never be published
 */
public record Branch(
        String municipalityCode, String committee, List<Politician> politicians, boolean example) {

    public Branch {
        politicians = List.copyOf(politicians);
    }
}
