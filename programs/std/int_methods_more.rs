// Integer methods std builds on wrapping/checked arithmetic and bit operations: overflowing_*, checked_neg/abs/pow/shl,
// wrapping_pow/abs/shl/div, saturating_pow/abs/neg, div_euclid, bit counts, swap_bytes, reverse_bits, rotations,
// next_power_of_two, isqrt, ilog2/ilog10, unsigned_abs.
fn main() {
    let x: u8 = 250;
    println!("{:?} {:?}", x.overflowing_add(10), 100i8.overflowing_mul(2));
    println!("{:?} {:?}", 5u8.overflowing_sub(6), (-128i8).overflowing_neg());
    println!("{} {:?} {:?}", i32::MIN.wrapping_abs(), i32::MIN.checked_abs(), (-5i32).checked_abs());
    println!("{:?} {:?} {:?}", i32::MIN.checked_neg(), 5u32.checked_neg(), 0u32.checked_neg());
    println!("{} {} {}", (-7i32).div_euclid(3), 7i32.div_euclid(-3), (-7i32).div_euclid(-3));
    println!("{} {}", 7u32.div_euclid(2), (-7i64).rem_euclid(3));
    println!("{:?} {:?} {:?}", 2i32.checked_pow(31), 2i32.checked_pow(30), 3u64.checked_pow(40));
    println!("{} {} {}", 2i32.wrapping_pow(31), 3u8.wrapping_pow(5), 2i32.saturating_pow(31));
    println!("{} {}", (-2i32).saturating_pow(31), (-2i32).saturating_pow(32));
    println!("{} {} {:?} {:?}", 1u32.wrapping_shl(33), (-16i32).wrapping_shr(34), 1u32.checked_shl(32), 1u8.checked_shl(7));
    println!("{} {} {}", 0u32.leading_zeros(), 0x0Fu8.count_zeros(), (-1i16).count_zeros());
    println!("{:#x} {:#x}", 0x12345678u32.swap_bytes(), 0x1234u16.swap_bytes());
    println!("{} {}", 0b1011u8.reverse_bits(), 1i32.reverse_bits());
    println!("{} {} {}", 0x80000001u32.rotate_left(1), 0x80000001u32.rotate_right(4), 0xABu8.rotate_left(12));
    println!("{} {} {}", 17u32.next_power_of_two(), 0u8.next_power_of_two(), 64u64.next_power_of_two());
    println!("{:?} {:?}", 200u8.checked_next_power_of_two(), 100u8.checked_next_power_of_two());
    println!("{} {} {} {}", 7u32.isqrt(), 16i32.isqrt(), u64::MAX.isqrt(), 99u8.isqrt());
    println!("{} {} {} {}", 1000u32.ilog10(), 999u32.ilog10(), 1024u32.ilog2(), u64::MAX.ilog10());
    println!("{} {}", (-5i32).unsigned_abs(), i8::MIN.unsigned_abs());
    println!("{} {}", i8::MIN.saturating_abs(), i8::MIN.saturating_neg());
    println!("{} {} {}", 0b1110u8.trailing_ones(), 0xF0u8.leading_ones(), (-1i32).leading_ones());
    println!("{} {}", i32::MIN.wrapping_div(-1), i32::MIN.wrapping_rem(-1));
    println!("{:?} {:?}", 7i32.checked_div_euclid(0), (-7i32).checked_rem_euclid(2));
}
