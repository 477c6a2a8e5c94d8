package dev.webinarops.core.model;

import java.util.List;

/** A webinar's session branding (GET /webinars/{webinarId}/branding) and its parts. */
public record Branding(BrandingFile wallpaper, List<BrandingFile> virtualBackgrounds, List<NameTag> nameTags) {

    /** An uploaded wallpaper or virtual background. */
    public record BrandingFile(String id, String name, String type, Long size, Boolean isDefault) {}

    /** A name tag; also the create/update body (id omitted). Colours are hex codes such as 0e72ed. */
    public record NameTag(String id, String name, String textColor, String accentColor, String backgroundColor,
            Boolean isDefault, Boolean setDefaultForAllPanelists) {}
}
