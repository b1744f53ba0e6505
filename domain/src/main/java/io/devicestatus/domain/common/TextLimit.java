package io.devicestatus.domain.common;

/**
 * Length bounds for text properties, in Unicode code points. Graph publishes no bounds; these leave room for every
 * value Intune is known to send while keeping a row and an index entry small.
 *
 * <table>
 *   <caption>Which property has which bound</caption>
 *   <tr><th>limit</th><th>code points</th><th>properties</th></tr>
 *   <tr><td>{@link #IDENTIFIER}</td><td>128</td><td>id, scope ids, deviceId, userId, osVersion, displayVersion</td></tr>
 *   <tr><td>{@link #NAME}</td><td>256</td><td>deviceDisplayName, deviceName, userName, deviceModel, userPrincipalName</td></tr>
 *   <tr><td>{@link #DESCRIPTION}</td><td>1024</td><td>osDescription</td></tr>
 * </table>
 */
public enum TextLimit {
    IDENTIFIER(128),
    NAME(256),
    DESCRIPTION(1024);

    private final int maxCodePoints;

    TextLimit(int maxCodePoints) {
        this.maxCodePoints = maxCodePoints;
    }

    public int maxCodePoints() {
        return maxCodePoints;
    }
}
