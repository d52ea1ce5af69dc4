// String's FromIterator: chars reserve the iterator's lower bound first, then push one by one;
// string slices are pushed as they come; Strings reuse the first String's buffer.
fn main() {
    let s: String = "abc".chars().rev().collect();
    println!("{:?} capacity {}", s, s.capacity());
    let s: String = "hello world".chars().filter(|c| *c != 'o').collect();
    println!("{:?} capacity {}", s, s.capacity());
    let s: String = "héllo wörld, this is longer".chars().map(|c| c.to_ascii_uppercase()).collect();
    println!("{:?} capacity {}", s, s.capacity());
    let s: String = ['a', 'b'].iter().collect();
    println!("{:?} capacity {}", s, s.capacity());
    let s: String = vec!["ab", "cd", "ef"].into_iter().collect();
    println!("{:?} capacity {}", s, s.capacity());
    let s: String = vec![String::from("ab"), "cd".to_string()].into_iter().collect();
    println!("{:?} capacity {}", s, s.capacity());
    let mut big = String::with_capacity(10);
    big.push_str("xy");
    let p = big.as_bytes().as_ptr() as usize;
    let s: String = vec![big, "z".to_string()].into_iter().collect();
    println!("{:?} capacity {} first buffer reused: {}", s, s.capacity(), p == s.as_bytes().as_ptr() as usize);
    let s: String = "the quick brown fox".split(' ').map(|w| w.to_uppercase()).collect();
    println!("{:?} capacity {}", s, s.capacity());
    let s: String = Vec::<String>::new().into_iter().collect();
    println!("{:?} capacity {}", s, s.capacity());
    let words: Vec<&str> = "one two three".split(' ').collect();
    println!("{:?} capacity {}", words, words.capacity());
}
