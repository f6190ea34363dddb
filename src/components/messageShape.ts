/**
 * The German catalogue must have exactly the English keys. Typing it as the
 * English shape with every string widened makes a missing or extra key a
 * compile error rather than a runtime fallback.
 */
export type MessageShape<T> = { [K in keyof T]: T[K] extends string ? string : MessageShape<T[K]> };
