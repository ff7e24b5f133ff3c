/**
 * Reads the campaign's YAML into the model: composes each file with its source positions, checks it
 * against its JSON Schema and every text for control and direction characters, binds the records
 * and cross-checks references; every problem becomes a located diagnostic. Adapter for SnakeYAML
 * and the JSON Schema validator.
 */
package presskit.load;
