package presskit.channel;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;

/**
 * Which posts a network gets at each level of the kit: nationally, per region and per municipality.
 *
 * @param national the kinds of the national edition
 * @param regional the kinds of each regional edition
 * @param municipal the kinds of each municipal edition
 */
public record PostKinds(Set<PostKind> national, Set<PostKind> regional, Set<PostKind> municipal) {

    /** No posts at any level. */
    public static final PostKinds NONE = new PostKinds(Set.of(), Set.of(), Set.of());

    public PostKinds {
        national = copy(national, "national");
        regional = copy(regional, "regional");
        municipal = copy(municipal, "municipal");
    }

    /** These kinds without {@code skipped}, at every level. */
    public PostKinds without(Collection<PostKind> skipped) {
        return new PostKinds(
                minus(national, skipped), minus(regional, skipped), minus(municipal, skipped));
    }

    private static Set<PostKind> minus(Set<PostKind> kinds, Collection<PostKind> skipped) {
        Set<PostKind> left =
                kinds.isEmpty() ? EnumSet.noneOf(PostKind.class) : EnumSet.copyOf(kinds);
        left.removeAll(skipped);
        return left;
    }

    private static Set<PostKind> copy(Set<PostKind> kinds, String name) {
        if (kinds == null) {
            throw new IllegalArgumentException("'" + name + "' must not be null");
        }
        // An EnumSet keeps the declared order, so a level's outputs come out in the same order
        // every time.
        return kinds.isEmpty() ? Set.of() : Collections.unmodifiableSet(EnumSet.copyOf(kinds));
    }
}
