package dev.webinarops.core.service;

import static dev.webinarops.core.api.ZoomOperation.*;

import dev.webinarops.core.http.ZoomRequest;
import dev.webinarops.core.http.ZoomRequest.MultipartPart;
import dev.webinarops.core.model.Branding;
import jakarta.inject.Inject;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/** Session branding: wallpaper, virtual backgrounds (multipart uploads) and name tags. */
public final class BrandingService {
    private final ZoomCalls calls;

    @Inject
    public BrandingService(ZoomCalls calls) {
        this.calls = Objects.requireNonNull(calls, "calls is null");
    }

    public Branding get(long webinarId) {
        return calls.call(ZoomRequest.of(GET_WEBINAR_BRANDING).path("webinarId", webinarId), Branding.class);
    }

    public Branding.NameTag createNameTag(long webinarId, Branding.NameTag tag) {
        return calls.call(ZoomRequest.of(CREATE_WEBINAR_BRANDING_NAME_TAG).path("webinarId", webinarId).json(tag),
                Branding.NameTag.class);
    }

    public void updateNameTag(long webinarId, String nameTagId, Branding.NameTag changes) {
        calls.send(ZoomRequest.of(UPDATE_WEBINAR_BRANDING_NAME_TAG).path("webinarId", webinarId)
                .path("nameTagId", nameTagId).json(changes));
    }

    /** Deletes the given name tags (comma-joined for Zoom). */
    public void deleteNameTags(long webinarId, List<String> nameTagIds) {
        calls.send(ZoomRequest.of(DELETE_WEBINAR_BRANDING_NAME_TAG).path("webinarId", webinarId)
                .query("name_tag_ids", joinIds(nameTagIds)));
    }

    public Branding.BrandingFile uploadVirtualBackground(long webinarId, String filename, String contentType,
            byte[] image, Boolean makeDefault, Boolean setDefaultForAllPanelists) {
        List<MultipartPart> parts = new ArrayList<>();
        parts.add(filePart(filename, contentType, image));
        if (makeDefault != null) parts.add(MultipartPart.field("default", makeDefault.toString()));
        if (setDefaultForAllPanelists != null) {
            parts.add(MultipartPart.field("set_default_for_all_panelists", setDefaultForAllPanelists.toString()));
        }
        return calls.call(ZoomRequest.of(UPLOAD_WEBINAR_BRANDING_VB).path("webinarId", webinarId).multipart(parts),
                Branding.BrandingFile.class);
    }

    public void setDefaultVirtualBackground(long webinarId, String backgroundId, Boolean setDefaultForAllPanelists) {
        calls.send(ZoomRequest.of(SET_WEBINAR_BRANDING_VB).path("webinarId", webinarId).query("id", backgroundId)
                .query("set_default_for_all_panelists", setDefaultForAllPanelists));
    }

    public void deleteVirtualBackgrounds(long webinarId, List<String> ids) {
        calls.send(ZoomRequest.of(DELETE_WEBINAR_BRANDING_VB).path("webinarId", webinarId).query("ids", joinIds(ids)));
    }

    public Branding.BrandingFile uploadWallpaper(long webinarId, String filename, String contentType, byte[] image) {
        return calls.call(ZoomRequest.of(UPLOAD_WEBINAR_BRANDING_WALLPAPER).path("webinarId", webinarId)
                .multipart(List.of(filePart(filename, contentType, image))), Branding.BrandingFile.class);
    }

    public void deleteWallpaper(long webinarId) {
        calls.send(ZoomRequest.of(DELETE_WEBINAR_BRANDING_WALLPAPER).path("webinarId", webinarId));
    }

    private static MultipartPart filePart(String filename, String contentType, byte[] image) {
        if (image == null || image.length == 0) {
            throw new IllegalArgumentException("the image file is empty");
        }
        if (contentType == null || !contentType.startsWith("image/")) {
            throw new IllegalArgumentException("branding files must be images (png or jpeg), not " + contentType);
        }
        return new MultipartPart("file", filename, contentType, image);
    }

    private static String joinIds(List<String> ids) {
        if (ids == null || ids.isEmpty()) {
            throw new IllegalArgumentException("name at least one id to delete");
        }
        return String.join(",", ids);
    }
}
