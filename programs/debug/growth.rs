// A Vec outgrows its block, then a String is dropped: going back brings the old states back.
fn main() {
    let mut v: Vec<i32> = Vec::with_capacity(2);
    v.push(1);
    v.push(2);
    v.push(3);
    println!("len {} capacity {}", v.len(), v.capacity());
    {
        let s = String::from("short-lived");
        println!("{}", s);
    }
    let total: i32 = v.iter().sum();
    println!("total {}", total);
}
