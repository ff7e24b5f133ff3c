package presskit.plan;

import static org.assertj.core.api.Assertions.assertThat;

import java.lang.reflect.Constructor;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.Test;
import presskit.channel.Channels;
import presskit.load.CampaignLoader;
import presskit.model.Quote;
import presskit.source.LoadedCampaign;
import presskit.variant.Editions;

/**
 * The key of a job is what a build in another process takes a rendered output by, so it must see
 * everything a template can read: every job of the shipped campaign (every kind of edition, every
 * network) gets one, keys are the same in a new instance (as in a new process), and changing any
 * one component of a post's or a document's view changes the key.
 */
class JobKeysTest {

    private static final LoadedCampaign CAMPAIGN =
            new CampaignLoader(Path.of("messages")).load(Optional.empty());
    private static final List<Job> JOBS = jobs();

    @Test
    void everyJobOfTheShippedCampaignHasAKeyOfItsOwn() {
        JobKeys keys = new JobKeys("context");
        Set<JobKeys.Key> seen = new HashSet<>();
        for (Job job : JOBS) {
            JobKeys.Key key = keys.key(job);
            assertThat(key).as(job.id().toString()).isNotNull();
            seen.add(key);
        }
        // Every output is a job of its own, and no two keys meet.
        assertThat(seen).hasSize(JOBS.size());
    }

    @Test
    void aKeyIsTheSameInANewInstanceAndDiffersInAnotherContext() {
        Job job = JOBS.get(JOBS.size() / 2);
        assertThat(new JobKeys("context").key(job)).isEqualTo(new JobKeys("context").key(job));
        assertThat(new JobKeys("context").key(job))
                .isNotEqualTo(new JobKeys("another context").key(job));
    }

    @Test
    void everyComponentOfAPostViewIsInTheKey() throws ReflectiveOperationException {
        assertEveryComponentCounts(PostView.class);
    }

    @Test
    void everyComponentOfADocumentViewIsInTheKey() throws ReflectiveOperationException {
        assertEveryComponentCounts(DocumentView.class);
    }

    @Test
    void theJobsOwnFieldsAreInTheKey() throws ReflectiveOperationException {
        Job job = JOBS.get(0);
        JobKeys keys = new JobKeys("context");
        JobKeys.Key original = keys.key(job);
        for (RecordComponent component : Job.class.getRecordComponents()) {
            Object changed = changed(component.getAccessor().invoke(job), component.getType());
            if (changed == NO_CHANGE) {
                continue;
            }
            Job other = with(job, component, changed);
            assertThat(new JobKeys("context").key(other))
                    .as(component.getName())
                    .isNotEqualTo(original);
        }
    }

    /**
     * Each component of a view of {@code type}, changed alone in a job that has it (not null, not
     * empty), changes the job's key; every component is changed in some job of the campaign.
     */
    private static void assertEveryComponentCounts(Class<? extends Record> type)
            throws ReflectiveOperationException {
        Set<String> checked = new TreeSet<>();
        List<Job> ofType = JOBS.stream().filter(j -> type.isInstance(j.model())).toList();
        // Each component in the first jobs that have it.
        for (Job job : ofType) {
            Record view = job.model();
            JobKeys.Key original = new JobKeys("context").key(job);
            for (RecordComponent component : type.getRecordComponents()) {
                if (checked.contains(component.getName())) {
                    continue;
                }
                Object changed = changed(component.getAccessor().invoke(view), component.getType());
                if (changed == NO_CHANGE) {
                    // Null or empty here: another job's value of it.
                    changed = example(ofType, component);
                }
                if (changed == NO_CHANGE) {
                    continue;
                }
                Job other =
                        new Job(
                                job.id(),
                                job.kind(),
                                job.path(),
                                job.template(),
                                with(view, component, changed),
                                job.channel(),
                                job.example(),
                                job.fallback(),
                                job.frames());
                assertThat(new JobKeys("context").key(other))
                        .as(type.getSimpleName() + "." + component.getName() + " of " + job.id())
                        .isNotEqualTo(original);
                checked.add(component.getName());
            }
        }
        assertThat(checked)
                .containsExactlyInAnyOrderElementsOf(
                        Arrays.stream(type.getRecordComponents())
                                .map(RecordComponent::getName)
                                .toList());
    }

    private static final Object NO_CHANGE = new Object();

    /** The first value of {@code component} in {@code jobs} that is neither null nor empty. */
    private static Object example(List<Job> jobs, RecordComponent component)
            throws ReflectiveOperationException {
        for (Job job : jobs) {
            Object value = component.getAccessor().invoke(job.model());
            if (value != null
                    && !(value instanceof List<?> l && l.isEmpty())
                    && !(value instanceof Map<?, ?> m && m.isEmpty())) {
                return value;
            }
        }
        if (component.getType() == String.class) {
            return "·";
        }
        // Empty in every view of the shipped campaign: one element of the element's type.
        if (component.getGenericType() instanceof ParameterizedType list
                && list.getRawType() == List.class) {
            Type element = list.getActualTypeArguments()[0];
            if (element == String.class) {
                return List.of("·");
            }
            if (element == Quote.class && !CAMPAIGN.campaign().year().quotes().isEmpty()) {
                return List.of(CAMPAIGN.campaign().year().quotes().get(0));
            }
        }
        return NO_CHANGE;
    }

    /** Another value of the same type: a text longer, a flag flipped, a list shorter, or null. */
    private static Object changed(Object value, Class<?> type) {
        if (value instanceof String s) {
            return s + "·";
        }
        if (type == boolean.class) {
            return !(Boolean) value;
        }
        if (type == int.class) {
            return (Integer) value + 1;
        }
        if (value instanceof List<?> list) {
            return list.isEmpty() ? NO_CHANGE : list.subList(0, list.size() - 1);
        }
        if (value instanceof Map<?, ?> map) {
            return map.isEmpty() ? NO_CHANGE : Map.of();
        }
        if (value == null) {
            return NO_CHANGE;
        }
        return type.isPrimitive() ? NO_CHANGE : null;
    }

    @SuppressWarnings("unchecked")
    private static <R extends Record> R with(R record, RecordComponent changed, Object value)
            throws ReflectiveOperationException {
        RecordComponent[] components = record.getClass().getRecordComponents();
        Class<?>[] types = new Class<?>[components.length];
        Object[] values = new Object[components.length];
        for (int i = 0; i < components.length; i++) {
            types[i] = components[i].getType();
            values[i] =
                    components[i].getName().equals(changed.getName())
                            ? value
                            : components[i].getAccessor().invoke(record);
        }
        Constructor<?> canonical = record.getClass().getDeclaredConstructor(types);
        canonical.setAccessible(true);
        return (R) canonical.newInstance(values);
    }

    /** Every job of the campaign in messages/: national, regional and municipal. */
    private static List<Job> jobs() {
        OutputPlan plan = new OutputPlan(Channels.builtIn());
        return Editions.of(
                        CAMPAIGN.campaign(), new Editions.Selection(true, true, true, null, null))
                .stream()
                .flatMap(e -> plan.jobs(e).stream())
                .toList();
    }
}
