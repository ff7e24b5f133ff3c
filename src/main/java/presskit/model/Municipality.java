package presskit.model;

/**
 * A Swedish municipality (kommun) with its four-digit SCB code and the region it lies in.
 *
 * @param code the four-digit SCB code
 * @param name the place name ("Falun", "Gotland")
 * @param regionCode the two-digit code of its region
 * @param officialName what it calls itself in its own texts, which every text naming it uses: "Falu
 *     kommun", "Region Gotland", "Stockholms stad"
 */
public record Municipality(String code, String name, String regionCode, String officialName) {}
