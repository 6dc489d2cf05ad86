package io.github.tlscompat.profiles;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class BytesTest {

  @Test
  void reads_whatDataOutputWrote_bigEndian() throws IOException {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    DataOutputStream out = new DataOutputStream(buffer);
    out.writeInt(-2);
    out.writeInt(0x544C5343);
    out.writeShort(0xFFFE);
    out.writeBoolean(true);
    out.writeByte(-1);
    byte[] text = "Schannel — ×".getBytes(StandardCharsets.UTF_8);
    out.writeShort(text.length);
    out.write(text);
    out.write(new byte[] {7, 8, 9});

    Bytes in = new Bytes(buffer.toByteArray());

    assertThat(in.readInt()).isEqualTo(-2);
    assertThat(in.readInt()).isEqualTo(0x544C5343);
    assertThat(in.readUnsignedShort()).isEqualTo(0xFFFE);
    assertThat(in.readBoolean()).isTrue();
    assertThat(in.readByte()).isEqualTo((byte) -1);
    assertThat(in.readUtf8(in.readUnsignedShort(), "a name")).isEqualTo("Schannel — ×");
    assertThat(in.skip(1, "a gap")).isEqualTo(buffer.size() - 3);
    assertThat(in.read(2, "a tail")).containsExactly(8, 9);
    assertThat(in.atEnd()).isTrue();
  }

  @Test
  void window_readsOnlyItsBytes_andSaysWhatRanOut() {
    Bytes in = new Bytes(new byte[] {1, 2, 3, 4, 5, 6}, 2, 5);

    assertThatThrownBy(in::readInt).isInstanceOf(EOFException.class)
        .hasMessage("expected an int (4 bytes) at byte 2, but 3 are left");
    assertThatThrownBy(() -> in.skip(-1, "the fields of LPE-CE6")).isInstanceOf(EOFException.class)
        .hasMessage("expected the fields of LPE-CE6 (-1 bytes) at byte 2, but 3 are left");
    assertThatThrownBy(() -> new Bytes(new byte[4], 3, 5)).isInstanceOf(IndexOutOfBoundsException.class);
  }

  @Test
  void everyRead_pastTheEnd_throwsWithoutMoving() throws IOException {
    Bytes in = new Bytes(new byte[] {0x12, 0x34, 0x56});

    assertThat(in.readUnsignedShort()).isEqualTo(0x1234);
    assertThatThrownBy(in::readUnsignedShort).isInstanceOf(EOFException.class);
    assertThat(in.remaining()).isEqualTo(1);
    assertThat(in.readByte()).isEqualTo((byte) 0x56);
    assertThatThrownBy(in::readBoolean).isInstanceOf(EOFException.class);
  }
}
