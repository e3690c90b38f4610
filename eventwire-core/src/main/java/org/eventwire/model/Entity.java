package org.eventwire.model;

import java.util.List;

/**
 * A person, organisation, location or group with every mention of it. type is PERSON,
 * ORGANIZATION, LOCATION or GROUP. title and country come from the text ("Secretary of
 * State", "USA").
 */
public record Entity(String id, String name, String type, String title, String country,
                     Actor actor, List<Mention> mentions) {
}
