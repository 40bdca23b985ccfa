import ChengyuTUI
