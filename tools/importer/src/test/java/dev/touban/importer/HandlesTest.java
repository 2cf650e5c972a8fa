package dev.touban.importer;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class HandlesTest {

    @Test
    void handles_areTouban_handles_unique_andNeverEmpty() {
        Handles handles = new Handles("member");

        assertThat(handles.next("Zoë O'Brien")).isEqualTo("zoe-o-brien");
        assertThat(handles.next("ZOE o brien")).isEqualTo("zoe-o-brien-2");
        assertThat(handles.next("佐藤")).isEqualTo("member");
        assertThat(handles.next("")).isEqualTo("member-2");
        assertThat(handles.next("_sre.primary_")).isEqualTo("sre.primary_");
        assertThat(handles.next("x".repeat(80))).hasSize(64).matches("[a-z0-9][a-z0-9._-]{0,63}");
    }

    @Test
    void phones_becomeE164_orNothing() {
        assertThat(Phones.e164(1, "(646) 555-0102")).isEqualTo("+16465550102");
        assertThat(Phones.e164(81, "090-1234-5678")).isEqualTo("+819012345678");
        assertThat(Phones.e164(1, "+1 917 555 0105")).isEqualTo("+19175550105");
        assertThat(Phones.e164(0, "5550102")).isNull();
        assertThat(Phones.e164("49-15112345678")).isEqualTo("+4915112345678");
        assertThat(Phones.e164("81-090-1234-5678")).isEqualTo("+819012345678");
        assertThat(Phones.e164("call me")).isNull();
    }
}
