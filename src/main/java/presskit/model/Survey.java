package presskit.model;

import java.time.LocalDate;

/**
 * How the report's survey was made: the "om undersökningen" block of every release.
 *
 * @param method how it was asked ("webbaserad enkät")
 * @param from first day of the survey period
 * @param to last day of the survey period
 * @param population who was asked
 * @param respondents how many answered
 * @param respondentUnit what one respondent is ("kommuner")
 * @param responseRate the response rate in percent
 */
public record Survey(
        String method,
        LocalDate from,
        LocalDate to,
        String population,
        int respondents,
        String respondentUnit,
        int responseRate) {}
