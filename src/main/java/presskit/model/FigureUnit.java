package presskit.model;

/** How a figure's value is expressed: a percentage or "n av tio". */
public enum FigureUnit {
    /** The value is a percentage, said "53 procent". */
    PERCENT,
    /** The value is out of ten, said "åtta av tio". */
    OUT_OF_TEN
}
