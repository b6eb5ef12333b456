package nl.kring.matching.api;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Pattern;
import nl.kring.matching.api.SolveRefused.Code;
import nl.kring.matching.domain.InvalidMatchingProblem;
import nl.kring.matching.domain.MatchingProblem;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.json.JsonFactory;

/**
 * The body of {@code POST /api/v1/matching/solve}, read in one pass with Jackson's streaming parser
 * straight into arrays (about 80,000 candidates are common, so no object per candidate beyond its ids):
 *
 * <pre>{@code
 * {"requests":[{"id":…}], "volunteers":[{"id":…, "capacity":n}], "candidates":[{"request":…, "volunteer":…, "score":x}]}
 * }</pre>
 *
 * Ids are JSON strings or whole numbers and are answered as they came; {@code "7"} and {@code 7} are
 * different ids. Capacity defaults to 1. Other properties are ignored. Every refusal names the field by
 * its path, for example {@code candidates[12].volunteer}. Public for the benchmarks only.
 */
public final class SolveBody {

    private static final Pattern NON_FINITE_TEXT = Pattern.compile("[+-]?(nan|inf|infinity)", Pattern.CASE_INSENSITIVE);

    private static final String REQUESTS = "requests";
    private static final String VOLUNTEERS = "volunteers";
    private static final String CANDIDATES = "candidates";

    /** Nesting a solve body needs: root, list, entry; more is room for ignored extras. */
    private static final int MAX_DEPTH = 16;
    private static final int MAX_NAME_LENGTH = 1000;
    /** Longest id as a string. */
    private static final int MAX_STRING_LENGTH = 10_000;
    private static final int MAX_NUMBER_LENGTH = 1000;

    private static final JsonFactory FACTORY = JsonFactory.builder()
            .streamReadConstraints(StreamReadConstraints.builder()
                    .maxNestingDepth(MAX_DEPTH)
                    .maxNameLength(MAX_NAME_LENGTH)
                    .maxStringLength(MAX_STRING_LENGTH)
                    .maxNumberLength(MAX_NUMBER_LENGTH)
                    .build())
            // a name twice in one object is refused by this reader itself (cheaper than Jackson's detector per object)
            .enable(StreamReadFeature.USE_FAST_DOUBLE_PARSER)
            .build();

    final List<Object> requestIds = new ArrayList<>();
    final List<Object> volunteerIds = new ArrayList<>();
    private int[] capacities = new int[64];
    private Object[] candidateRequests = new Object[256];
    private Object[] candidateVolunteers = new Object[256];
    private double[] scores = new double[256];
    private int candidateCount;

    private final MatchingSolveProperties limits;

    private SolveBody(MatchingSolveProperties limits) {
        this.limits = limits;
    }

    /** Reads a body; refuses it with the field that is wrong. */
    public static SolveBody read(byte[] json, MatchingSolveProperties limits) {
        var body = new SolveBody(limits);
        try (JsonParser parser = FACTORY.createParser(ObjectReadContext.empty(), json)) {
            body.readRoot(parser);
        } catch (JacksonException e) {
            var at = e.getLocation();
            throw new SolveRefused(Code.NOT_JSON, "", at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
        }
        return body;
    }

    private void readRoot(JsonParser parser) {
        if (parser.nextToken() != JsonToken.START_OBJECT) {
            throw new SolveRefused(Code.BODY_NOT_AN_OBJECT, "");
        }
        boolean requests = false;
        boolean volunteers = false;
        boolean candidates = false;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case REQUESTS -> requests = readList(parser, value, once(requests, REQUESTS), this::readRequest);
                case VOLUNTEERS -> volunteers = readList(parser, value, once(volunteers, VOLUNTEERS), this::readVolunteer);
                case CANDIDATES -> candidates = readList(parser, value, once(candidates, CANDIDATES), this::readCandidate);
                default -> parser.skipChildren();
            }
        }
        if (parser.nextToken() != null) {
            var at = parser.currentTokenLocation();
            throw new SolveRefused(Code.NOT_JSON, "", at.getLineNr(), at.getColumnNr());
        }
        if (!requests) {
            throw new SolveRefused(Code.REQUIRED, REQUESTS);
        }
        if (!volunteers) {
            throw new SolveRefused(Code.REQUIRED, VOLUNTEERS);
        }
        if (!candidates) {
            throw new SolveRefused(Code.REQUIRED, CANDIDATES);
        }
    }

    private interface EntryReader {
        void read(JsonParser parser, int index, String path);
    }

    private static boolean readList(JsonParser parser, JsonToken value, String list, EntryReader entries) {
        if (value == JsonToken.VALUE_NULL) {
            return false;
        }
        if (value != JsonToken.START_ARRAY) {
            throw new SolveRefused(Code.NOT_A_LIST, list);
        }
        int index = 0;
        for (JsonToken entry = parser.nextToken(); entry != JsonToken.END_ARRAY; entry = parser.nextToken()) {
            String path = list + "[" + index + "]";
            if (entry != JsonToken.START_OBJECT) {
                throw new SolveRefused(Code.NOT_AN_OBJECT, path);
            }
            entries.read(parser, index, path);
            index++;
        }
        return true;
    }

    private void readRequest(JsonParser parser, int index, String path) {
        if (index >= limits.maxRequests()) {
            throw new SolveRefused(Code.TOO_MANY, REQUESTS, limits.maxRequests());
        }
        Object id = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            if (name.equals("id")) {
                id = id(parser, value, once(id, path + ".id"));
            } else {
                parser.skipChildren();
            }
        }
        requestIds.add(required(id, path + ".id"));
    }

    private void readVolunteer(JsonParser parser, int index, String path) {
        if (index >= limits.maxVolunteers()) {
            throw new SolveRefused(Code.TOO_MANY, VOLUNTEERS, limits.maxVolunteers());
        }
        Object id = null;
        int capacity = 1;
        boolean capacitySeen = false;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "id" -> id = id(parser, value, once(id, path + ".id"));
                case "capacity" -> {
                    capacity = capacity(parser, value, once(capacitySeen, path + ".capacity"));
                    capacitySeen = true;
                }
                default -> parser.skipChildren();
            }
        }
        volunteerIds.add(required(id, path + ".id"));
        if (index == capacities.length) {
            capacities = Arrays.copyOf(capacities, index * 2);
        }
        capacities[index] = capacity;
    }

    private void readCandidate(JsonParser parser, int index, String path) {
        if (index >= limits.maxCandidates()) {
            throw new SolveRefused(Code.TOO_MANY, CANDIDATES, limits.maxCandidates());
        }
        Object request = null;
        Object volunteer = null;
        Double score = null;
        for (String name = parser.nextName(); name != null; name = parser.nextName()) {
            JsonToken value = parser.nextToken();
            switch (name) {
                case "request" -> request = id(parser, value, once(request, path + ".request"));
                case "volunteer" -> volunteer = id(parser, value, once(volunteer, path + ".volunteer"));
                case "score" -> score = score(parser, value, once(score, path + ".score"));
                default -> parser.skipChildren();
            }
        }
        if (index == scores.length) {
            candidateRequests = Arrays.copyOf(candidateRequests, index * 2);
            candidateVolunteers = Arrays.copyOf(candidateVolunteers, index * 2);
            scores = Arrays.copyOf(scores, index * 2);
        }
        candidateRequests[index] = required(request, path + ".request");
        candidateVolunteers[index] = required(volunteer, path + ".volunteer");
        scores[index] = required(score, path + ".score");
        candidateCount = index + 1;
    }

    /** The field's path, if it was not given before in the same object (a JSON null is not counted). */
    private static String once(Object earlier, String field) {
        return once(earlier != null, field);
    }

    private static String once(boolean seen, String field) {
        if (seen) {
            throw new SolveRefused(Code.REPEATED_FIELD, field);
        }
        return field;
    }

    private static <T> T required(T value, String field) {
        if (value == null) {
            throw new SolveRefused(Code.REQUIRED, field);
        }
        return value;
    }

    /** A string, or a whole number (as Long, or BigInteger beyond a long); null for JSON null. */
    private static Object id(JsonParser parser, JsonToken value, String field) {
        return switch (value) {
            case VALUE_STRING -> parser.getString();
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? parser.getNumberValue() : (Object) parser.getLongValue();
            case VALUE_NULL -> null;
            default -> throw new SolveRefused(Code.NOT_AN_ID, field);
        };
    }

    /** A whole number from 0; 1 for JSON null. Values above {@link Integer#MAX_VALUE} mean "no limit". */
    private static int capacity(JsonParser parser, JsonToken value, String field) {
        BigInteger whole = switch (value) {
            case VALUE_NULL -> BigInteger.ONE;
            case VALUE_NUMBER_INT -> parser.getNumberType() == JsonParser.NumberType.BIG_INTEGER
                    ? (BigInteger) parser.getNumberValue() : BigInteger.valueOf(parser.getLongValue());
            case VALUE_NUMBER_FLOAT -> {
                double number = parser.getDoubleValue();
                if (!Double.isFinite(number) || number != Math.rint(number)) {
                    throw new SolveRefused(Code.NOT_A_WHOLE_NUMBER, field);
                }
                yield new BigDecimal(number).toBigInteger();
            }
            default -> throw new SolveRefused(Code.NOT_A_WHOLE_NUMBER, field);
        };
        if (whole.signum() < 0) {
            throw new SolveRefused(Code.NEGATIVE, field, whole);
        }
        return whole.bitLength() < Integer.SIZE ? whole.intValue() : Integer.MAX_VALUE;
    }

    private static Double score(JsonParser parser, JsonToken value, String field) {
        return switch (value) {
            case VALUE_NUMBER_INT, VALUE_NUMBER_FLOAT -> {
                double score = parser.getDoubleValue();
                if (!Double.isFinite(score)) {
                    throw new SolveRefused(Code.NOT_FINITE, field);
                }
                yield score;
            }
            case VALUE_NULL -> null;
            // JSON has no NaN or infinity; a client that sends them as text gets the reason it means
            case VALUE_STRING -> throw new SolveRefused(
                    NON_FINITE_TEXT.matcher(parser.getString()).matches() ? Code.NOT_FINITE : Code.NOT_A_NUMBER, field);
            default -> throw new SolveRefused(Code.NOT_A_NUMBER, field);
        };
    }

    /** The problem by position; refuses repeated ids, unknown ids and repeated pairs. */
    public MatchingProblem problem() {
        var requestIndex = index(requestIds, REQUESTS);
        var volunteerIndex = index(volunteerIds, VOLUNTEERS);
        int[] requests = new int[candidateCount];
        int[] volunteers = new int[candidateCount];
        for (int c = 0; c < candidateCount; c++) {
            Integer request = requestIndex.get(candidateRequests[c]);
            if (request == null) {
                throw new SolveRefused(Code.UNKNOWN_REQUEST, CANDIDATES + "[" + c + "].request", shown(candidateRequests[c]));
            }
            Integer volunteer = volunteerIndex.get(candidateVolunteers[c]);
            if (volunteer == null) {
                throw new SolveRefused(Code.UNKNOWN_VOLUNTEER, CANDIDATES + "[" + c + "].volunteer",
                        shown(candidateVolunteers[c]));
            }
            requests[c] = request;
            volunteers[c] = volunteer;
        }
        try {
            return MatchingProblem.of(requestIds.size(), Arrays.copyOf(capacities, volunteerIds.size()), requests, volunteers,
                    Arrays.copyOf(scores, candidateCount));
        } catch (InvalidMatchingProblem e) {
            throw refusal(e);
        }
    }

    private static Map<Object, Integer> index(List<Object> ids, String list) {
        var index = new HashMap<Object, Integer>(ids.size() * 2);
        for (int i = 0; i < ids.size(); i++) {
            var earlier = index.putIfAbsent(ids.get(i), i);
            if (earlier != null) {
                throw new SolveRefused(Code.DUPLICATE_ID, list + "[" + i + "].id", shown(ids.get(i)), list + "[" + earlier + "]");
            }
        }
        return index;
    }

    private SolveRefused refusal(InvalidMatchingProblem e) {
        int at = e.position();
        return switch (e.part()) {
            case CANDIDATE -> new SolveRefused(Code.DUPLICATE_PAIR, CANDIDATES + "[" + at + "]",
                    shown(candidateRequests[at]), shown(candidateVolunteers[at]));
            case CANDIDATE_SCORE -> new SolveRefused(Code.NOT_FINITE, CANDIDATES + "[" + at + "].score");
            case VOLUNTEER_CAPACITY -> new SolveRefused(Code.NEGATIVE, VOLUNTEERS + "[" + at + "].capacity", capacities[at]);
            case CANDIDATE_REQUEST -> new SolveRefused(Code.UNKNOWN_REQUEST, CANDIDATES + "[" + at + "].request",
                    shown(candidateRequests[at]));
            case CANDIDATE_VOLUNTEER -> new SolveRefused(Code.UNKNOWN_VOLUNTEER,
                    CANDIDATES + "[" + at + "].volunteer", shown(candidateVolunteers[at]));
        };
    }

    /** An id as it looked in the body: strings in quotes. */
    private static String shown(Object id) {
        return id instanceof String text ? "\"" + text + "\"" : String.valueOf(id);
    }

    Object candidateRequest(int candidate) {
        return candidateRequests[candidate];
    }

    Object candidateVolunteer(int candidate) {
        return candidateVolunteers[candidate];
    }
}
