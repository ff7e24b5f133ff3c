package presskit.model;

/** A loaded campaign: the organisation and one report year. */
public record Campaign(Organisation organisation, CampaignYear year) {

    /** The year's own contacts, or the organisation's when the year names none. */
    public java.util.List<Contact> contacts() {
        return year.contacts().isEmpty() ? organisation.contacts() : year.contacts();
    }
}
