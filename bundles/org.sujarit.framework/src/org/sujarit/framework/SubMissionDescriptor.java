package org.sujarit.framework;

/**
 * A sub-mission of a framework (e.g. 1.1.1).
 *
 * @param code      dotted code, starts with the mission's code
 * @param name      Thai name, or null when {@code nameKnown} is false
 * @param nameEn    English name, or null
 * @param nameKnown false when the source of the framework does not give the name (it is never invented)
 */
public record SubMissionDescriptor(String code, String name, String nameEn, boolean nameKnown) {
}
