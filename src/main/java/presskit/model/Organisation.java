package presskit.model;

import java.util.List;
import java.util.Map;

/**
 * The organisation behind the campaign, shared by every year.
 *
 * @param name the organisation's name as it appears in texts ("Lärarförbundet Exempel")
 * @param description how texts introduce it ("fackförbundet Exempel")
 * @param boilerplate the "about us" paragraphs closing every press release
 * @param website the organisation's home page, if known
 * @param pressRoom the press room's address, if known
 * @param accounts the organisation's own handles per channel id ({@code x → @exempel_fack})
 * @param contacts the default press contacts
 */
public record Organisation(
        String name,
        String description,
        List<String> boilerplate,
        String website,
        String pressRoom,
        Map<String, String> accounts,
        List<Contact> contacts) {

    public Organisation {
        boilerplate = List.copyOf(boilerplate);
        accounts = Map.copyOf(accounts);
        contacts = List.copyOf(contacts);
    }
}
