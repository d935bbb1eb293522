/* Lunas' own behaviour in the browser: only what the widgets do not do themselves. */
var lunas = {
    /**
     * After a row's dialog closes, the keyboard goes back to that row's action menu (the row may have
     * been redrawn meanwhile, so it is found again by its payment number), never to the page's top.
     */
    backToRow: function (formId) {
        var form = document.getElementById(formId);
        var number = form && form.getAttribute('data-number');
        if (!number) {
            return;
        }
        var links = document.querySelectorAll('a.payment-number');
        for (var i = 0; i < links.length; i++) {
            if (links[i].textContent.trim() === number) {
                var row = links[i].closest('tr');
                var actions = row && row.querySelector('[id$=":actions_button"]');
                if (actions) {
                    actions.focus();
                    return;
                }
            }
        }
        var heading = document.querySelector('.lunas-main h1');
        if (heading) {
            heading.setAttribute('tabindex', '-1');
            heading.focus();
        }
    },

    /** The date pickers on the page whose calendar is open, each with its calendar panel. */
    openCalendars: function () {
        var open = [];
        for (var name in PrimeFaces.widgets) {
            var widget = PrimeFaces.widgets[name];
            var panel = widget instanceof PrimeFaces.widget.DatePicker && document.getElementById(widget.id + '_panel');
            if (panel && panel.offsetParent !== null) {
                open.push({widget: widget, panel: panel});
            }
        }
        return open;
    },

    /** Closes a calendar; one still opening ignores the first request, so it is asked again once it is open. */
    closeCalendar: function (calendar) {
        calendar.widget.hide();
        setTimeout(function () {
            if (calendar.panel.offsetParent !== null) {
                calendar.widget.hide();
            }
        }, 300);
    },

    /**
     * A calendar closes with Escape or Tab wherever the focus is (PrimeFaces only listens in its own
     * field) and with a click or tap anywhere outside it, so it never covers the form or swallows
     * what is typed next. Only what the user does closes it: PrimeFaces puts the focus back on the
     * field it had after a partial update, and that must not shut a calendar just opened.
     */
    watchCalendars: function () {
        document.addEventListener('keydown', function (event) {
            if (event.key === 'Escape' || event.key === 'Tab') {
                lunas.openCalendars().forEach(lunas.closeCalendar);
            }
        }, true);
        document.addEventListener('pointerdown', function (event) {
            lunas.openCalendars().forEach(function (calendar) {
                var inField = calendar.widget.jq[0].contains(event.target) || calendar.panel.contains(event.target);
                if (!inField) {
                    lunas.closeCalendar(calendar);
                }
            });
        }, true);
    }
};

document.addEventListener('DOMContentLoaded', lunas.watchCalendars);
