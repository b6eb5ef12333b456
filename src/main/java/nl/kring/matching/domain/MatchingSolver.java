package nl.kring.matching.domain;

/**
 * Solves a batch matching problem optimally: the most requests matched, and among all matchings of that
 * size the highest total score (within the tolerance the solver documents), no volunteer above capacity,
 * only candidate pairs. Not greedy: a request may lose its best volunteer so that another request, which
 * has no one else, is matched too.
 */
public interface MatchingSolver {

    Matching solve(MatchingProblem problem);
}
