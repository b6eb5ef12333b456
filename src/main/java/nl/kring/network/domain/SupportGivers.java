package nl.kring.network.domain;

import java.util.List;

/**
 * Who gives one type of support to the centre, split into informal support (levels 1 to 3) and
 * professional support (level 4). Sorted ids of counted persons.
 */
public record SupportGivers(List<String> informal, List<String> professional) {

    public SupportGivers {
        informal = informal == null ? List.of() : List.copyOf(informal);
        professional = professional == null ? List.of() : List.copyOf(professional);
    }

    public boolean onlyProfessional() {
        return informal.isEmpty() && !professional.isEmpty();
    }

    public int total() {
        return informal.size() + professional.size();
    }
}
