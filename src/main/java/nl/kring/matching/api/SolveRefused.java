package nl.kring.matching.api;

/**
 * A body of {@code POST /api/v1/matching/solve} that is refused: 400 for a broken body, 413 for one too
 * large to solve here. Names the field (a JSON path such as {@code candidates[3].score}) and a code whose
 * message {@code matching.solve.error.<CODE>} explains it, with the arguments filled in.
 */
final class SolveRefused extends RuntimeException {

    enum Code {
        NOT_JSON(400), BODY_NOT_AN_OBJECT(400), NOT_A_LIST(400), NOT_AN_OBJECT(400), REPEATED_FIELD(400), REQUIRED(400),
        NOT_AN_ID(400), NOT_A_WHOLE_NUMBER(400), NOT_A_NUMBER(400),
        NOT_FINITE(400), NEGATIVE(400), DUPLICATE_ID(400), DUPLICATE_PAIR(400), UNKNOWN_REQUEST(400),
        UNKNOWN_VOLUNTEER(400), BODY_TOO_LARGE(413), TOO_MANY(413);

        final int status;

        Code(int status) {
            this.status = status;
        }
    }

    private final Code code;
    private final String field;
    private final transient Object[] arguments;

    SolveRefused(Code code, String field, Object... arguments) {
        super(code + " at " + field, null, false, false);
        this.code = code;
        this.field = field;
        this.arguments = arguments;
    }

    Code code() {
        return code;
    }

    String field() {
        return field;
    }

    /** The field first, then the code's own arguments. */
    Object[] messageArguments() {
        var all = new Object[arguments.length + 1];
        all[0] = field;
        System.arraycopy(arguments, 0, all, 1, arguments.length);
        return all;
    }
}
