package presskit.render;

import freemarker.ext.beans.ClassMemberAccessPolicy;
import freemarker.ext.beans.MemberAccessPolicy;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Method;

/**
 * What a template may call on the values it is given: the public methods presskit itself declares
 * (the view records' components, {@code FigureView.clause}, {@code fmt}'s formatting), nothing of
 * the JDK or a library. So {@code message.text} works, while {@code message.getClass()}, {@code
 * report.published.plusDays(1)} or a record's {@code equals} are simply not there.
 */
final class ViewMemberAccess implements MemberAccessPolicy {

    static final ViewMemberAccess INSTANCE = new ViewMemberAccess();

    private static final String OWN_PACKAGE = "presskit";

    private ViewMemberAccess() {}

    @Override
    public ClassMemberAccessPolicy forClass(Class<?> containingClass) {
        return new ClassMemberAccessPolicy() {
            @Override
            public boolean isMethodExposed(Method method) {
                return isOwn(method.getDeclaringClass()) && !overridesObject(method);
            }

            @Override
            public boolean isConstructorExposed(Constructor<?> constructor) {
                return false;
            }

            @Override
            public boolean isFieldExposed(Field field) {
                return false;
            }
        };
    }

    /**
     * {@code ${value}} of a value that is no text (a date, a link's URI) shows its {@code
     * toString}: that is how the built-in templates print them, and it runs no code a template
     * chose.
     */
    @Override
    public boolean isToStringAlwaysExposed() {
        return true;
    }

    private static boolean isOwn(Class<?> type) {
        String name = type.getPackageName();
        return name.equals(OWN_PACKAGE) || name.startsWith(OWN_PACKAGE + ".");
    }

    /**
     * {@code equals}, {@code hashCode}, {@code toString} as a record declares them, and the like.
     */
    private static boolean overridesObject(Method method) {
        try {
            Object.class.getMethod(method.getName(), method.getParameterTypes());
            return true;
        } catch (NoSuchMethodException e) {
            return false;
        }
    }
}
