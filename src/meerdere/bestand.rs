//! The browser side of files: read a chosen file's bytes, and offer a text as a download.
//! Both stay on the device (a Blob URL, revoked right after the click).

use wasm_bindgen::JsCast;

/// Why a chosen file could not be read.
pub enum Leesfout {
    /// Larger than the limit.
    TeGroot,
    /// Not readable as text.
    NietTeLezen,
}

impl From<Leesfout> for String {
    fn from(f: Leesfout) -> String {
        match f {
            Leesfout::TeGroot => crate::teksten::meerdere::TE_GROOT.into(),
            Leesfout::NietTeLezen => crate::teksten::meerdere::NIET_TE_LEZEN.into(),
        }
    }
}

/// Reads the file chosen in an `<input type=file>` change event and calls `klaar` with its bytes
/// (the core recognises them: a text, decoded as UTF-8 or Windows-1252, or a spreadsheet). No file (the user cancelled): nothing happens.
pub fn lees_gekozen(ev: &web_sys::Event, max_bytes: u32, klaar: impl FnOnce(Result<Vec<u8>, Leesfout>) + 'static) {
    let Some(invoer) = ev.target().and_then(|d| d.dyn_into::<web_sys::HtmlInputElement>().ok()) else { return };
    let Some(bestand) = invoer.files().and_then(|l| l.get(0)) else { return };
    // The browser gives the size as a JS number.
    if bestand.size() > f64::from(max_bytes) {
        return klaar(Err(Leesfout::TeGroot));
    }
    leptos::task::spawn_local(async move {
        let buffer = wasm_bindgen_futures::JsFuture::from(bestand.array_buffer()).await;
        klaar(buffer.map(|b| js_sys::Uint8Array::new(&b).to_vec()).map_err(|_| Leesfout::NietTeLezen));
    });
}

/// The MIME type of an .xlsx workbook.
pub const XLSX: &str = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet";

/// Offers `tekst` as a CSV download named `naam`.
pub fn download(tekst: &str, naam: &str) {
    aanbieden(&wasm_bindgen::JsValue::from_str(tekst), naam, "text/csv;charset=utf-8");
}

/// Offers bytes as a download named `naam` of type `soort`.
pub fn download_bytes(bytes: &[u8], naam: &str, soort: &str) {
    aanbieden(&js_sys::Uint8Array::from(bytes), naam, soort);
}

fn aanbieden(inhoud: &wasm_bindgen::JsValue, naam: &str, soort: &str) {
    let Some(document) = web_sys::window().and_then(|w| w.document()) else { return };
    let delen = js_sys::Array::of1(inhoud);
    let opties = web_sys::BlobPropertyBag::new();
    opties.set_type(soort);
    let Ok(blob) = web_sys::Blob::new_with_u8_array_sequence_and_options(&delen, &opties) else { return };
    let Ok(url) = web_sys::Url::create_object_url_with_blob(&blob) else { return };
    if let Some(a) = document.create_element("a").ok().and_then(|a| a.dyn_into::<web_sys::HtmlAnchorElement>().ok()) {
        a.set_href(&url);
        a.set_download(naam);
        a.click();
    }
    let _ = web_sys::Url::revoke_object_url(&url);
}
