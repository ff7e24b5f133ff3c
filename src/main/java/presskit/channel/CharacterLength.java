package presskit.channel;

/**
 * LinkedIn's and Facebook's length: UTF-16 code units, what Java's and JavaScript's {@code length}
 * return.
 *
 * <p>Both networks state their limits in "characters" and check them in their web composers with
 * JavaScript string lengths, in which an emoji outside the Basic Multilingual Plane counts 2, a
 * flag 4 and a ZWJ family far more. Counting UTF-16 units is also the cautious choice: it is never
 * smaller than the number of code points or graphemes, so a post this rule accepts is accepted
 * under either reading. Swedish letters (å, ä, ö) count 1 each when precomposed; a decomposed
 * "a\u030A" counts 2.
 */
public record CharacterLength() implements LengthRule {

    @Override
    public int length(String text) {
        return text.length();
    }
}
