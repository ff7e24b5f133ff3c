package presskit.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A loaded campaign: the organisation, one report year, Sweden's regions and municipalities, and
 * the local branches that have entered their politicians.
 */
public record Campaign(
        Organisation organisation, CampaignYear year, Sweden sweden, Map<String, Branch> branches) {

    public Campaign {
        branches = Map.copyOf(branches);
    }

    /** The year's own contacts, or the organisation's when the year names none. */
    public List<Contact> contacts() {
        return year.contacts().isEmpty() ? organisation.contacts() : year.contacts();
    }

    /**
     * The organisation as this year's outputs present it: the year's own boilerplate where the year
     * gives one (a member count of that year, say), else the organisation's.
     */
    public Organisation organisationOfYear() {
        return year.boilerplate().isEmpty()
                ? organisation
                : organisation.withBoilerplate(year.boilerplate());
    }

    /** The press images to offer: the year's own first, then the organisation's. */
    public List<PressImage> images() {
        List<PressImage> images = new ArrayList<>(year.images());
        images.addAll(organisation.images());
        return List.copyOf(images);
    }

    public Optional<Branch> branch(String municipalityCode) {
        return Optional.ofNullable(branches.get(municipalityCode));
    }
}
