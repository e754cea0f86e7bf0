-- Journey in Neovim 0.7+ (built-in LSP client), as the README's "Other editors"
-- describes it: .journey files get the filetype journey, and each is attached to
-- one `node dist/language-server.js --stdio` per folder.
-- JOURNEY_SERVER: the path of dist/language-server.js (set it in your own config).
local server = os.getenv('JOURNEY_SERVER') or 'dist/language-server.js'

vim.cmd('autocmd BufRead,BufNewFile *.journey setfiletype journey')

local clients = {}
vim.api.nvim_create_autocmd('FileType', {
    pattern = 'journey',
    callback = function(args)
        local root = vim.fn.fnamemodify(vim.api.nvim_buf_get_name(args.buf), ':p:h')
        if not clients[root] then
            clients[root] = vim.lsp.start_client({ name = 'journey', cmd = { 'node', server, '--stdio' }, root_dir = root })
        end
        vim.lsp.buf_attach_client(args.buf, clients[root])
    end,
})
