package org.pyadoption.explorer.data;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

class DisplayTextTest {

    @Test
    void plainTextIsReturnedAsItIs() {
        String text = "Spotify uses Python for backend services – ünïcødé too";

        assertThat(DisplayText.clean(text)).isSameAs(text);
        DisplayText shown = DisplayText.of(text);
        assertThat(shown.shown()).isSameAs(text);
        assertThat(shown.isCut()).isFalse();
    }

    @Test
    void lineBreaksAndTabsBecomeSpaces() {
        assertThat(DisplayText.clean("one\ntwo\r\nthree\rfour\tfive\u2028six\u0085seven"))
                .isEqualTo("one two three four five six seven");
    }

    @Test
    void controlCharactersAreRemoved() {
        assertThat(DisplayText.clean("bell\u0007 null\u0000 escape\u001B[31m del\u007F c1\u009B"))
                .isEqualTo("bell null escape[31m del c1");
    }

    @Test
    void directionOverridesAndByteOrderMarksAreRemoved() {
        // "invoice_\u202Efdp.exe" displays as "invoice_exe.pdf"
        assertThat(DisplayText.clean("invoice_\u202Efdp.exe")).isEqualTo("invoice_fdp.exe");
        assertThat(DisplayText.clean("\uFEFFa\u2066b\u2069c\u200Fd\u061C")).isEqualTo("abcd");
    }

    @Test
    void loneSurrogatesBecomeReplacementCharacters() {
        assertThat(DisplayText.clean("a\uD83Db")).isEqualTo("a\uFFFDb");
        assertThat(DisplayText.clean("a\uDE00b")).isEqualTo("a\uFFFDb");
        assertThat(DisplayText.clean("snake \uD83D\uDC0D")).isEqualTo("snake \uD83D\uDC0D");
    }

    @Test
    void nullIsEmpty() {
        assertThat(DisplayText.of(null)).isEqualTo(new DisplayText("", ""));
    }

    @Test
    void longTextIsCutWithAnEllipsisAndKeptWholeForTheTooltip() {
        String text = "x".repeat(500);

        DisplayText shown = DisplayText.of(text, 100);

        assertThat(shown.shown()).hasSize(100).endsWith("\u2026").startsWith("xxx");
        assertThat(shown.full()).isEqualTo(text);
        assertThat(shown.isCut()).isTrue();
    }

    @Test
    void cuttingPrefersASpaceNearTheCut() {
        String text = "Python powers the backend services and the data pipelines of the company";

        assertThat(DisplayText.cut(text, 30)).isEqualTo("Python powers the backend\u2026");
    }

    @Test
    void cuttingNeverSplitsASurrogatePair() {
        String snakes = "\uD83D\uDC0D".repeat(10);

        String cut = DisplayText.cut(snakes, 4);

        assertThat(cut).isEqualTo("\uD83D\uDC0D".repeat(3) + "\u2026");
        assertThat(cut.codePointCount(0, cut.length())).isEqualTo(4);
    }

    @Test
    void textOfExactlyTheMaximumIsNotCut() {
        assertThat(DisplayText.cut("abcde", 5)).isEqualTo("abcde");
        assertThat(DisplayText.cut("abcdef", 5)).isEqualTo("abcd\u2026");
        assertThat(DisplayText.cut("abcdef", 1)).isEqualTo("\u2026");
    }

    @Test
    void theMaximumMustBePositive() {
        assertThatThrownBy(() -> DisplayText.cut("abc", 0)).isInstanceOf(IllegalArgumentException.class);
    }
}
