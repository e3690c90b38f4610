package org.eventwire.coding;

/**
 * One CAMEO event code with its Goldstein weight, quad class (1 verbal cooperation, 2 material
 * cooperation, 3 verbal conflict, 4 material conflict), PLOVER type and mode (null if none).
 */
public record CameoCode(String code, String name, double goldstein, int quadClass, String plover,
                        String ploverMode) {
    public String root() {
        return code.length() >= 2 ? code.substring(0, 2) : code;
    }
}
