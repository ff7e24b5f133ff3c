package presskit.model;

import java.util.List;

/** A press contact: who journalists call. */
public record Contact(String name, String role, List<String> phones, String email) {

    public Contact {
        phones = List.copyOf(phones);
    }
}
