package nl.kring.insights.web;

import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import nl.kring.insights.domain.Cell;
import org.springframework.web.util.HtmlUtils;

/**
 * A chart drawn on the server as SVG: bars for the totals of the rows, or a line when the rows are periods, so the
 * course over time reads left to right. Hidden totals get no bar or point, only their "fewer than k" label. The
 * table beside it carries the same numbers for screen readers; the chart itself is one image with a title.
 */
final class InsightsChart {

    static final int WIDTH = 640;
    private static final int ROW = 28;
    private static final int LABEL = 190;

    private InsightsChart() {}

    static String bars(String title, List<String> labels, Cell[] values, Function<Cell, String> text) {
        long max = max(values);
        int height = ROW * labels.size() + 16;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kring-insights-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-label=\"").append(escape(title)).append("\">")
                .append("<title>").append(escape(title)).append("</title>");
        int room = WIDTH - LABEL - 70;
        for (int i = 0; i < labels.size(); i++) {
            int y = 8 + i * ROW;
            svg.append("<text x=\"").append(LABEL - 8).append("\" y=\"").append(y + 17).append("\" text-anchor=\"end\" font-size=\"13\">")
                    .append(escape(shorten(labels.get(i)))).append("</text>");
            int w = values[i] instanceof Cell.Shown shown && max > 0 ? (int) Math.round(room * (double) shown.value() / max) : 0;
            if (w > 0) {
                svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 4).append("\" width=\"").append(w)
                        .append("\" height=\"18\" fill=\"#154273\"/>");
            }
            svg.append("<text x=\"").append(LABEL + w + 6).append("\" y=\"").append(y + 17).append("\" font-size=\"13\">")
                    .append(escape(text.apply(values[i]))).append("</text>");
        }
        return svg.append("</svg>").toString();
    }

    static String line(String title, List<String> labels, Cell[] values, Function<Cell, String> text) {
        long max = max(values);
        int height = 240;
        int left = 40;
        int bottom = height - 40;
        int top = 24;
        double step = labels.size() > 1 ? (WIDTH - left - 30) / (double) (labels.size() - 1) : 0;
        var svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" class=\"kring-insights-chart\" role=\"img\" viewBox=\"0 0 ")
                .append(WIDTH).append(' ').append(height).append("\" width=\"100%\" aria-label=\"").append(escape(title)).append("\">")
                .append("<title>").append(escape(title)).append("</title>")
                .append("<line x1=\"").append(left).append("\" y1=\"").append(bottom).append("\" x2=\"").append(WIDTH - 20).append("\" y2=\"")
                .append(bottom).append("\" stroke=\"#555\"/>");
        var path = new StringBuilder();
        int every = Math.max(1, labels.size() / 8);
        for (int i = 0; i < labels.size(); i++) {
            double x = left + step * i;
            if (i % every == 0) {
                svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(bottom + 18).append("\" text-anchor=\"middle\" font-size=\"12\">")
                        .append(escape(labels.get(i))).append("</text>");
            }
            if (values[i] instanceof Cell.Shown shown) {
                double y = max > 0 ? bottom - (bottom - top) * (double) shown.value() / max : bottom;
                path.append(path.isEmpty() ? "M" : " L").append(fmt(x)).append(' ').append(fmt(y));
                svg.append("<circle cx=\"").append(fmt(x)).append("\" cy=\"").append(fmt(y)).append("\" r=\"4\" fill=\"#154273\"/>");
                svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(fmt(y - 8)).append("\" text-anchor=\"middle\" font-size=\"12\">")
                        .append(escape(text.apply(values[i]))).append("</text>");
            } else {
                // a hidden value breaks the line: nothing is drawn that could be measured
                if (!path.isEmpty()) {
                    svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#154273\" stroke-width=\"2\"/>");
                    path.setLength(0);
                }
                svg.append("<text x=\"").append(fmt(x)).append("\" y=\"").append(bottom - 6).append("\" text-anchor=\"middle\" font-size=\"12\">")
                        .append(escape(text.apply(values[i]))).append("</text>");
            }
        }
        if (!path.isEmpty()) {
            svg.append("<path d=\"").append(path).append("\" fill=\"none\" stroke=\"#154273\" stroke-width=\"2\"/>");
        }
        return svg.append("</svg>").toString();
    }

    private static long max(Cell[] values) {
        long max = 0;
        for (var v : values) {
            if (v instanceof Cell.Shown shown) {
                max = Math.max(max, shown.value());
            }
        }
        return max;
    }

    private static String shorten(String label) {
        return label.length() > 28 ? label.substring(0, 27) + "…" : label;
    }

    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.1f", v);
    }

    private static String escape(String text) {
        return HtmlUtils.htmlEscape(text);
    }
}
