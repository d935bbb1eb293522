// Bahasa Indonesia for the date pickers. PrimeFaces names its file after the old code "in"; Java 17
// says "id", so PrimeFaces asks for this one. The month names match Java's, which parses the dates.
if (window.PrimeFaces) {
    PrimeFaces.locales["id"] = Object.assign({}, PrimeFaces.locales["en_US"], {
        closeText: "Tutup",
        prevText: "Sebelumnya",
        nextText: "Berikutnya",
        currentText: "Hari ini",
        today: "Hari ini",
        clear: "Kosongkan",
        monthNames: ["Januari", "Februari", "Maret", "April", "Mei", "Juni", "Juli", "Agustus", "September",
            "Oktober", "November", "Desember"],
        monthNamesShort: ["Jan", "Feb", "Mar", "Apr", "Mei", "Jun", "Jul", "Agu", "Sep", "Okt", "Nov", "Des"],
        dayNames: ["Minggu", "Senin", "Selasa", "Rabu", "Kamis", "Jumat", "Sabtu"],
        dayNamesShort: ["Min", "Sen", "Sel", "Rab", "Kam", "Jum", "Sab"],
        dayNamesMin: ["Mg", "Sn", "Sl", "Rb", "Km", "Jm", "Sb"],
        weekHeader: "Mg",
        firstDay: 1,
        firstDayOfWeek: 1
    });
}
