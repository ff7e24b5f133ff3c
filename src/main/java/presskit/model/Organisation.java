package presskit.model;

import java.util.List;
import java.util.Map;

/**
 * The organisation behind the campaign, shared by every year.
 *
 * @param name the organisation's name as it appears in texts ("Lärarförbundet Exempel")
 * @param boilerplate the "about us" paragraphs closing every press release
 * @param website the organisation's home page, if known
 * @param pressRoom the press room's address, if known
 * @param accounts the organisation's own handles per channel id ({@code x → @exempel_fack})
 * @param localUnits what it calls its local units, in the definite plural ("avdelningarna"), or
 *     null when it has none to name
 * @param contacts the default press contacts
 * @param logo the logo printed on the first page of every release PDF, or null when the file names
 *     none
 * @param images the press images offered every year ({@code images:}), in the file's order
 */
public record Organisation(
        String name,
        List<String> boilerplate,
        String website,
        String pressRoom,
        Map<String, String> accounts,
        String localUnits,
        List<Contact> contacts,
        Logo logo,
        List<PressImage> images) {

    public Organisation {
        boilerplate = List.copyOf(boilerplate);
        accounts = Map.copyOf(accounts);
        contacts = List.copyOf(contacts);
        images = List.copyOf(images);
    }

    /** The organisation with other "about us" paragraphs, everything else kept. */
    public Organisation withBoilerplate(List<String> paragraphs) {
        return new Organisation(
                name, paragraphs, website, pressRoom, accounts, localUnits, contacts, logo, images);
    }
}
